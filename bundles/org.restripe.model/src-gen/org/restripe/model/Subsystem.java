/**
 */
package org.restripe.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subsystem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of storage units serving a set of hosts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.Subsystem#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.restripe.model.Subsystem#getStorageUnits <em>Storage Units</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getSubsystem()
 * @model
 * @generated
 */
public interface Subsystem extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' reference list.
	 * The list contents are of type {@link org.restripe.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' reference list.
	 * @see org.restripe.model.RestripePackage#getSubsystem_Hosts()
	 * @model
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Storage Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.restripe.model.StorageUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Units</em>' containment reference list.
	 * @see org.restripe.model.RestripePackage#getSubsystem_StorageUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<StorageUnit> getStorageUnits();

} // Subsystem
