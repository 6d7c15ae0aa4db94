/**
 */
package org.restripe.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Management Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The storage management host: Ethernet to the LANs, serial ports wired to the storage units' consoles.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.ManagementHost#getAddress <em>Address</em>}</li>
 *   <li>{@link org.restripe.model.ManagementHost#getLans <em>Lans</em>}</li>
 *   <li>{@link org.restripe.model.ManagementHost#getSerialPorts <em>Serial Ports</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getManagementHost()
 * @model
 * @generated
 */
public interface ManagementHost extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.restripe.model.RestripePackage#getManagementHost_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.restripe.model.ManagementHost#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Lans</b></em>' reference list.
	 * The list contents are of type {@link org.restripe.model.Lan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lans</em>' reference list.
	 * @see org.restripe.model.RestripePackage#getManagementHost_Lans()
	 * @model
	 * @generated
	 */
	EList<Lan> getLans();

	/**
	 * Returns the value of the '<em><b>Serial Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.SerialPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial Ports</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getManagementHost_SerialPorts()
	 * @model containment="true"
	 * @generated
	 */
	EList<SerialPort> getSerialPorts();

} // ManagementHost
