/**
 */
package org.restripe.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tray</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit (tray) of a storage unit; its number is the u<n> in disk names.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.Tray#getNumber <em>Number</em>}</li>
 *   <li>{@link org.restripe.model.Tray#getDisks <em>Disks</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getTray()
 * @model
 * @generated
 */
public interface Tray extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.restripe.model.RestripePackage#getTray_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.restripe.model.Tray#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Disks</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.Disk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disks</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getTray_Disks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Disk> getDisks();

} // Tray
